/**
 * The review schedule: which katas to re-drill, and when, like flash cards. Each kata that has been through a mock
 * interview (`npm run interview`) has a spaced-repetition card in the progress file, scheduled by FSRS (the Free
 * Spaced Repetition Scheduler) through the ts-fsrs package (https://github.com/open-spaced-repetition/ts-fsrs), in
 * whole days (no same-day learning steps: a 45-minute kata is not re-done ten minutes later), without fuzz so that
 * the schedule is reproducible. The rating comes from the candidate's self-rating after the follow-up questions
 * (again / hard / good / easy); without one (no terminal to ask) it is derived from the interview: not passed is
 * "again", passed over time or with hints "hard", otherwise "good".
 *
 * Every function takes the time as an argument (an injectable clock), so the schedule is tested without waiting.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";
import type { KataMeta } from "../core/manifest.ts";
import type { Interview, Progress, Rating as RatingName, ReviewCard } from "./progress.ts";

const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));

const GRADES: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

function toCard(card: ReviewCard): Card {
  const { last_review, due, ...rest } = card;
  return { ...rest, due: new Date(due), ...(last_review ? { last_review: new Date(last_review) } : {}) } as Card;
}

function fromCard(card: Card): ReviewCard {
  const stored: ReviewCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}

/** The card after a review with this rating at `now` (a new card when there was none). */
export function schedule(card: ReviewCard | undefined, rating: RatingName, now: Date): ReviewCard {
  const current = card ? toCard(card) : createEmptyCard(now);
  return fromCard(scheduler.next(current, now, GRADES[rating]).card);
}

/** The rating an interview stands for when the candidate gave none. */
export function impliedRating(interview: Pick<Interview, "passedAfterSeconds" | "budgetMinutes" | "hints">): RatingName {
  if (interview.passedAfterSeconds === null) return "again";
  if (interview.passedAfterSeconds > interview.budgetMinutes * 60 || interview.hints.length > 0) return "hard";
  return "good";
}

export interface Due {
  meta: KataMeta;
  due: Date;
  /** Why it is due: the last interview's outcome, or how long ago it was seen. */
  reason: string;
}

function daysBetween(a: Date, b: Date): number {
  return Math.floor((b.getTime() - a.getTime()) / 86_400_000);
}

/** Why a kata's review matters, from its last interview. */
export function reviewReason(progress: Progress, slug: string, now: Date): string {
  const last = [...progress.interviews].reverse().find((i) => i.slug === slug);
  if (!last) return "never interviewed";
  const days = daysBetween(new Date(last.endedAt), now);
  const seen = days <= 0 ? "seen today" : days === 1 ? "last seen 1 day ago" : `last seen ${days} days ago`;
  if (last.passedAfterSeconds === null) return `failed last time (${last.passed}/${last.total}), ${seen}`;
  if (last.rating === "again" || last.rating === "hard") return `rated ${last.rating}, ${seen}`;
  return seen;
}

/** Katas whose review is due at `now`, the most overdue first. */
export function dueKatas(katas: readonly KataMeta[], progress: Progress, now: Date): Due[] {
  return katas
    .flatMap((meta) => {
      const card = progress.katas[meta.slug]?.review;
      if (!card) return [];
      const due = new Date(card.due);
      return due.getTime() <= now.getTime() ? [{ meta, due, reason: reviewReason(progress, meta.slug, now) }] : [];
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.meta.order - b.meta.order);
}

/** Every scheduled kata with its next review date, soonest first (for `review` and `list`). */
export function scheduled(katas: readonly KataMeta[], progress: Progress): { meta: KataMeta; due: Date }[] {
  return katas
    .flatMap((meta) => {
      const card = progress.katas[meta.slug]?.review;
      return card ? [{ meta, due: new Date(card.due) }] : [];
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}

/**
 * Which kata a mock interview takes when none is named: the one most overdue for review; else an unsolved kata
 * (never passed) from the weakest track (the lowest share of passed katas; ties by manifest order), the first in
 * order; else the kata seen longest ago. With the reason, in one line.
 */
export function pickInterviewKata(katas: readonly KataMeta[], progress: Progress, now: Date): { meta: KataMeta; why: string } | undefined {
  const due = dueKatas(katas, progress, now)[0];
  if (due) return { meta: due.meta, why: `due for review (${due.reason})` };
  const passed = (meta: KataMeta) => progress.katas[meta.slug]?.firstPassedAt !== undefined;
  const tracks = [...new Set(katas.map((k) => k.track))].map((track) => {
    const inTrack = katas.filter((k) => k.track === track);
    return { track, share: inTrack.filter(passed).length / inTrack.length, first: Math.min(...inTrack.map((k) => k.order)) };
  });
  for (const { track, share } of tracks.sort((a, b) => a.share - b.share || a.first - b.first)) {
    const unsolved = katas.filter((k) => k.track === track && !passed(k)).sort((a, b) => a.order - b.order)[0];
    if (unsolved) {
      const percent = Math.round(share * 100);
      return { meta: unsolved, why: `not solved yet, from your weakest track (${track}: ${percent}% of its katas passed)` };
    }
  }
  const oldest = scheduled(katas, progress)[0];
  return oldest ? { meta: oldest.meta, why: `every kata passed; the next review is soonest here (${oldest.due.toISOString().slice(0, 10)})` } : katas[0] ? { meta: katas[0], why: "the first kata" } : undefined;
}
