/** SQL: whether the outbox row `event` concerns `system`: its purposes, or every system for a subject event. */
export const concernsSystem = `(event.type <> 'preference.changed' OR event.payload->>'purpose' = ANY(system.purposes))`;
