import type { SettlementUnitView, SettlementView, Task } from '../../../../contract/settlement-view.js';

/** A task with sensible defaults; override what the test is about. */
export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    taskId: 'bolig-klar',
    title: 'Bolig klar',
    description: 'Boligen er klar.',
    ownerRoleLabel: 'Bosettingskoordinator',
    dueDate: '2026-03-01',
    status: 'open',
    statusLabel: 'Åpen',
    overdue: false,
    takenByMe: false,
    comments: [],
    actions: { take: true, complete: true, reopen: false, release: false, comment: true },
    ...overrides,
  };
}

/** A unit with an active flow and no overdue work. */
export function aUnit(overrides: Partial<SettlementUnitView> = {}): SettlementUnitView {
  return {
    unitId: 'barnehage',
    unitName: 'Barnehage',
    channelBound: true,
    delivery: 'sent',
    flow: { status: 'active', progress: { total: 3, open: 2, taken: 0, done: 1, overdue: 0 } },
    ...overrides,
  };
}

/** An open settlement for two adults and one child. */
export function aSettlement(overrides: Partial<SettlementView> = {}): SettlementView {
  return {
    id: 's1',
    status: 'open',
    version: 1,
    arrivalDate: '2026-03-05',
    adultCount: 2,
    childCount: 1,
    ageBands: [],
    needs: [],
    interpreterLanguages: [],
    units: [aUnit()],
    createdAt: '2026-02-01T10:00:00Z',
    ...overrides,
  };
}
