import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyManifest, withHashes, type Manifest } from './manifest';
import { planRequestCount, planSync, type LocalDocumentState } from './sync-plan';

const hash = (n: number) => n.toString(16).padStart(16, '0');
const name = (n: number) => `a${n.toString(16).padStart(15, '0')}`;

/** A library of `count` papers in step with the server. */
function inStep(count: number): { remote: Manifest; local: LocalDocumentState[] } {
  const local = Array.from({ length: count }, (_, i) => ({
    name: name(i),
    hash: hash(i),
    syncedHash: hash(i),
  }));
  const remote = withHashes(
    emptyManifest(),
    Object.fromEntries(local.map((d) => [d.name, d.hash])),
  );
  return { remote, local };
}

describe('planning a sync', () => {
  it('transfers nothing but the manifest when nothing changed on either side', () => {
    const { remote, local } = inStep(10_000);
    const plan = planSync(remote, local);
    expect(plan).toEqual({ upload: [], download: [], merge: [], agreed: [], writeManifest: false });
    expect(planRequestCount(plan)).toBe(1);
  });

  it('uploads one document and the manifest after one note changed here', () => {
    const { remote, local } = inStep(10_000);
    local[42] = { ...local[42]!, hash: 'ffffffffffffffff' };
    const plan = planSync(remote, local);
    expect(plan.upload).toEqual([name(42)]);
    expect(plan.writeManifest).toBe(true);
    expect(planRequestCount(plan)).toBe(3);
  });

  it('downloads what another machine changed or added, and uploads nothing', () => {
    const { remote, local } = inStep(3);
    const changed = withHashes(remote, { [name(1)]: 'eeeeeeeeeeeeeeee', [name(7)]: hash(7) });
    expect(planSync(changed, local)).toMatchObject({
      upload: [],
      download: [name(1), name(7)],
      writeManifest: false,
    });
  });

  it('merges a document changed on both sides', () => {
    const { remote, local } = inStep(3);
    local[2] = { ...local[2]!, hash: 'dddddddddddddddd' };
    const plan = planSync(withHashes(remote, { [name(2)]: 'cccccccccccccccc' }), local);
    expect(plan).toMatchObject({ merge: [name(2)], upload: [], download: [], writeManifest: true });
  });

  it('uploads everything, with a new manifest, to an empty server', () => {
    const { local } = inStep(3);
    const plan = planSync(
      null,
      local.map(({ name, hash }) => ({ name, hash })),
    );
    expect(plan.upload).toEqual([name(0), name(1), name(2)]);
    expect(plan.writeManifest).toBe(true);
  });

  it('records without transfer a document both sides already hold alike', () => {
    const plan = planSync(withHashes(emptyManifest(), { [name(0)]: hash(0) }), [
      { name: name(0), hash: hash(0) },
    ]);
    expect(plan).toMatchObject({ agreed: [name(0)], upload: [], download: [] });
  });

  it('puts every document in exactly one place, and never uploads what only the server changed (fuzz)', () => {
    const side = fc.record({
      changedHere: fc.boolean(),
      changedThere: fc.boolean(),
      known: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(side, { maxLength: 30 }), (sides) => {
        const local: LocalDocumentState[] = [];
        const hashes: Record<string, string> = {};
        sides.forEach((s, i) => {
          local.push({
            name: name(i),
            hash: s.changedHere ? hash(1000 + i) : hash(i),
            syncedHash: hash(i),
          });
          if (s.known) hashes[name(i)] = s.changedThere ? hash(2000 + i) : hash(i);
        });
        const plan = planSync(withHashes(emptyManifest(), hashes), local);
        const placed = [...plan.upload, ...plan.download, ...plan.merge, ...plan.agreed];
        expect(new Set(placed).size).toBe(placed.length);
        sides.forEach((s, i) => {
          const wanted = !s.known
            ? 'upload'
            : s.changedHere && s.changedThere
              ? 'merge'
              : s.changedHere
                ? 'upload'
                : s.changedThere
                  ? 'download'
                  : 'none';
          const found = (['upload', 'download', 'merge'] as const).find((k) =>
            plan[k].includes(name(i)),
          );
          expect(found ?? 'none').toBe(wanted);
        });
      }),
    );
  });
});
