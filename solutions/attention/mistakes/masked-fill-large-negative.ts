/** Mistake: masked scores are set to −1e9, so a query that sees no key averages the masked values instead of returning 0. */
import { attentionWith } from "./lib/attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows } from "./lib/attention.ts";
export const { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention } = attentionWith({ largeNegativeFill: true });
