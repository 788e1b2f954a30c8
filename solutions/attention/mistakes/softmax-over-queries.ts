/** Mistake: the softmax runs over the queries (down each column) instead of over the keys. */
import { attentionWith } from "./lib/attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows } from "./lib/attention.ts";
export const { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention } = attentionWith({ softmaxOverQueries: true });
