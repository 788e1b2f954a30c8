/** Mistake: the heads are split by reshaping the row-major T × dModel buffer to (heads, T, dHead), which mixes positions into heads. */
import { attentionWith } from "./lib/attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows } from "./lib/attention.ts";
export const { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention } = attentionWith({ reshapeHeads: true });
