import { Logger } from '@nestjs/common';
import type { EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { EventSubscriber } from 'typeorm';

type Task = () => unknown;
const TASKS = Symbol('afterCommit');
type WithTasks = { [TASKS]?: Task[] };

const logger = new Logger('AfterCommit');

/**
 * Runs `task` once the transaction `manager` belongs to has committed, or at once when it is not
 * in one. Work that tells the outside world (pub/sub, queued mail) must not announce what a
 * rollback may still undo, and callers deep inside a service's transaction cannot see where it
 * ends: this lets them say "when this is true". A rolled-back transaction drops its tasks.
 */
export function afterCommit(manager: EntityManager, task: Task): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    run(task);
    return;
  }
  const data = runner.data as WithTasks;
  (data[TASKS] ??= []).push(task);
}

function run(task: Task): void {
  Promise.resolve()
    .then(task)
    .catch((error: unknown) => logger.warn({ err: error }, 'a task after commit failed'));
}

/** Registered with every data source (data-source-options.ts): fires the tasks of the outermost commit. */
@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Also broadcast when a savepoint is released: only the outermost COMMIT makes things true.
    if (event.queryRunner.isTransactionActive) return;
    for (const task of take(event.queryRunner)) run(task);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) take(event.queryRunner);
  }
}

function take(runner: QueryRunner): Task[] {
  const data = runner.data as WithTasks;
  const tasks = data[TASKS] ?? [];
  delete data[TASKS];
  return tasks;
}
