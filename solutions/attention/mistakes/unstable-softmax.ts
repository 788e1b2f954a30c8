/** Mistake: the softmax exponentiates the raw scores without subtracting the row maximum: NaN once scores pass ~709 or fall below ~−745. */
import { attentionWith } from "./lib/attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows } from "./lib/attention.ts";
export const { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention } = attentionWith({ unstableSoftmax: true });
