/** Mistake: the causal mask hides key i from query i (j >= i instead of j > i), so a query never sees itself. */
import { attentionWith } from "./lib/attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows } from "./lib/attention.ts";
export const { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention } = attentionWith({ causalExcludesDiagonal: true });
