/** Mistake: the mask is applied after the softmax: masked weights are zeroed but the rest no longer sum to 1. */
import { attentionWith } from "./lib/attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows } from "./lib/attention.ts";
export const { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention } = attentionWith({ maskAfterSoftmax: true });
