/** Mistake: the scores are Q·Kᵀ with no 1/√d scaling, so the softmax saturates as d grows. */
import { attentionWith } from "./lib/attention.ts";

export type { AttentionOptions, AttentionResult, MultiHeadParams, MultiHeadResult, Rows } from "./lib/attention.ts";
export const { scaledDotProductAttention, splitHeads, mergeHeads, multiHeadAttention } = attentionWith({ noScaling: true });
