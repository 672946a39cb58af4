// X-GitHub-Delivery dedup: a manual redelivery reuses the id, and the same delivery must act only once.

/** Remembers the most recent delivery ids (bounded, oldest forgotten first). */
export class DeliveryDedup {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** true the first time an id is offered, false every time after. */
  firstTime(deliveryId: string): boolean {
    if (this.seen.has(deliveryId)) return false;
    this.seen.add(deliveryId);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
