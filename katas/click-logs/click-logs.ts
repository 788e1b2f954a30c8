/**
 * Kata: the click-log round (pandas-style data frames in danfojs). Read README.md in this folder first.
 *
 * Implement the five functions below, then run `npm run grade -- click-logs`.
 * Delete each `throw new NotImplementedError(...)` line as you implement the function.
 *
 * Every function takes danfojs DataFrames and returns a NEW DataFrame; the caller's frames must not change.
 * Missing values are null, NaN or undefined.
 */
import type { DataFrame } from "danfojs-node";
import { NotImplementedError } from "../../scripts/kit/not-implemented.ts";

/** A new session starts when the gap to the user's previous event is MORE than this (seconds). */
export const SESSION_GAP_SECONDS = 1800;

/**
 * Click-through rate per user. Columns: user_id, impressions, clicks, ctr (= clicks / impressions),
 * one row per user_id, sorted by user_id. Rows without a user_id (logged out) belong to no user.
 *
 * @throws TypeError / RangeError for bad input (see README.md, "Errors").
 */
export function ctrByUser(clicks: DataFrame): DataFrame {
  throw new NotImplementedError("ctrByUser");
}

/**
 * Dwell per category, after an inner join of clicks and items on item_id. Columns: category, impressions (joined
 * rows), dwell_count (rows with a dwell_s), mean_dwell (mean of the present dwell_s values; NaN when there are
 * none), sorted by category.
 *
 * @throws TypeError / RangeError for bad input (see README.md, "Errors").
 */
export function dwellByCategory(clicks: DataFrame, items: DataFrame): DataFrame {
  throw new NotImplementedError("dwellByCategory");
}

/**
 * The n most-clicked items of each category (items with at least one impression; clicks joined to items on
 * item_id). Ties: more clicks first, then the smaller item_id. Columns: category, rank (1..n), item_id, clicks,
 * sorted by category, then rank.
 *
 * @throws TypeError / RangeError for bad input (see README.md, "Errors").
 */
export function topItemsByCategory(clicks: DataFrame, items: DataFrame, n: number): DataFrame {
  throw new NotImplementedError("topItemsByCategory");
}

/**
 * The clicks frame with every missing dwell_s filled: with the median of that user's present dwell_s values, or,
 * when the user has none (or the row has no user_id), with the median of all present dwell_s values. Same columns
 * in the same order, same rows in the same order.
 *
 * @throws TypeError / RangeError for bad input (see README.md, "Errors").
 */
export function fillDwell(clicks: DataFrame): DataFrame {
  throw new NotImplementedError("fillDwell");
}

/**
 * One row per session: columns user_id, session (0, 1, ... in time order per user), start, end (first and last
 * timestamp), events, clicks, sorted by user_id, then session. A gap of more than `gapSeconds` between a user's
 * consecutive events (in time order) starts a new session. Rows without a user_id belong to no session.
 *
 * @throws TypeError / RangeError for bad input (see README.md, "Errors").
 */
export function sessionize(clicks: DataFrame, gapSeconds: number = SESSION_GAP_SECONDS): DataFrame {
  throw new NotImplementedError("sessionize");
}
