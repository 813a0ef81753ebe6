import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainEvents } from '../../core/events/domain-events';
import { PointsBaseReason, reasonFor } from './points-reason';

/** What a member holds for one subject: the sum of its entries, and the rule it was first credited under (null: never credited). */
export interface Holding {
  sum: number;
  ruleAmount: number | null;
  ruleCap: number | null;
}

/** Where one subject's sum must be: `target`, with the rule that target was computed from. */
export interface Settlement {
  subject: string;
  base: PointsBaseReason;
  campaignId: string;
  storyId: string | null;
  day: string | null;
  target: number;
  ruleAmount: number;
  ruleCap: number | null;
}

/**
 * The one writer of points_entries and points_balances. Every change is "bring this subject's
 * sum to its target": the difference is written as one entry (positive, or a negative reversal
 * with its own reason), the balance moves by it in the same statement's transaction, and
 * points.changed is published with the new balance. Writing the difference, never the amount,
 * is what makes every source idempotent: an event heard twice, or a sweep that overlaps
 * another, finds the sum already at its target and writes nothing.
 *
 * Callers hold `lock(userId)` from before they read (holdings) until their transaction ends,
 * so two writers for one member (a moderator's decision and the likes sweep, or two sweeps on
 * two instances) never compute from the same sum.
 */
@Injectable()
export class PointsLedger {
  constructor(private readonly events: DomainEvents) {}

  /** Serialises every points writer of one member until the transaction ends (no row is locked, nothing else waits). */
  async lock(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('points:' || $1::text))`, [userId]);
  }

  async holdings(manager: EntityManager, userId: string, subjects: string[]): Promise<Map<string, Holding>> {
    const held = new Map<string, Holding>();
    if (!subjects.length) return held;
    const rows: { subject: string; sum: number; rule_amount: number; rule_cap: number | null }[] = await manager.query(
      `SELECT subject, sum(amount)::int AS sum,
              (array_agg(rule_amount ORDER BY created_at, id))[1] AS rule_amount,
              (array_agg(rule_cap ORDER BY created_at, id))[1] AS rule_cap
         FROM points_entries WHERE user_id = $1 AND subject = ANY($2::text[]) GROUP BY subject`,
      [userId, subjects],
    );
    for (const row of rows) held.set(row.subject, { sum: row.sum, ruleAmount: row.rule_amount, ruleCap: row.rule_cap });
    return held;
  }

  /** Writes the differences (call with the lock held and `held` read under it). Returns how many entries were written. */
  async settle(manager: EntityManager, userId: string, held: Map<string, Holding>, settlements: Settlement[]): Promise<number> {
    let written = 0;
    for (const s of settlements) {
      const delta = s.target - (held.get(s.subject)?.sum ?? 0);
      if (!delta) continue;
      const reason = reasonFor(s.base, delta);
      const [{ balance }]: { balance: number }[] = await manager.query(
        `INSERT INTO points_balances (user_id, balance, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (user_id) DO UPDATE SET balance = points_balances.balance + excluded.balance, updated_at = now()
         RETURNING balance`,
        [userId, delta],
      );
      // clock_timestamp, not now(): entries of one transaction keep the order they were written in (history, first rule).
      await manager.query(
        `INSERT INTO points_entries (user_id, campaign_id, story_id, subject, reason, amount, balance_after, rule_amount, rule_cap, day, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::date, clock_timestamp())`,
        [userId, s.campaignId, s.storyId, s.subject, reason, delta, balance, s.ruleAmount, s.ruleCap, s.day],
      );
      held.set(s.subject, { sum: s.target, ruleAmount: held.get(s.subject)?.ruleAmount ?? s.ruleAmount, ruleCap: held.get(s.subject)?.ruleCap ?? s.ruleCap });
      await this.events.publish(manager, { type: 'points.changed', campaignId: s.campaignId, userId, amount: delta, balance, reason, storyId: s.storyId });
      written++;
    }
    return written;
  }

  /** An erased account's points go with it (inside the deletion's transaction). */
  async deleteAllOf(manager: EntityManager, userId: string): Promise<void> {
    await this.lock(manager, userId);
    await manager.query(`DELETE FROM points_entries WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM points_balances WHERE user_id = $1`, [userId]);
  }
}
