/** Mistake: masked scores are set to −Infinity before a max-subtracted softmax, so a query that sees no key gets NaN. */
import { attentionWith } from "./lib/attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows } from "./lib/attention.ts";
export const { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention } = attentionWith({ negativeInfinityFill: true });
