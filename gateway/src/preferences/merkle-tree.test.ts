import { describe, expect, it } from 'vitest';
import { auditPath, leafHash, rootFromAuditPath, treeHash } from './merkle-tree.js';

/** The leaves of Certificate Transparency's reference test vectors (RFC 6962 implementations). */
const leaves = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const hashes = leaves.map((leaf) => leafHash(Buffer.from(leaf, 'hex')));

describe('the RFC 9162 Merkle tree', () => {
  it('gives the reference roots', () => {
    expect(treeHash([]).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(treeHash(hashes.slice(0, 1)).toString('hex')).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
    expect(treeHash(hashes).toString('hex')).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });

  it('leads every audit path of every tree size back to the root, and no other leaf', () => {
    for (let size = 1; size <= hashes.length; size++) {
      const tree = hashes.slice(0, size);
      for (let index = 0; index < size; index++) {
        const path = auditPath(tree, index);
        expect(rootFromAuditPath(tree[index] as Buffer, index, size, path)).toEqual(treeHash(tree));
        const other = tree[(index + 1) % size] as Buffer;
        if (size > 1) expect(rootFromAuditPath(other, index, size, path)).not.toEqual(treeHash(tree));
      }
    }
  });
});
