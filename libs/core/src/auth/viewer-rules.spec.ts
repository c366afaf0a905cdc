import { describe, expect, it } from '@jest/globals';
import { NamedParams, SqlParams, sqlAnd, sqlOr } from '../database/sql-params.js';
import { canModerate, canModerateSql, memberReader, MemberStatus, readerOf, Role, ViewerContext } from './viewer.js';

describe('canModerate', () => {
  it('needs the role MODERATOR or ADMIN and the status ACTIVE', () => {
    expect(canModerate(Role.MODERATOR, MemberStatus.ACTIVE)).toBe(true);
    expect(canModerate(Role.ADMIN, MemberStatus.ACTIVE)).toBe(true);
    expect(canModerate(Role.MODERATOR, MemberStatus.SUSPENDED)).toBe(false);
    expect(canModerate(Role.MEMBER, MemberStatus.ACTIVE)).toBe(false);
    expect(canModerate(null, null)).toBe(false);
    expect(ViewerContext.member('m', Role.ADMIN, MemberStatus.SUSPENDED).canModerate).toBe(false);
  });

  it('says the same in SQL, over a member row', () => {
    expect(canModerateSql('m')).toBe(`(m."role" IN ('MODERATOR', 'ADMIN') AND m."status" = 'ACTIVE')`);
    expect(memberReader('m').canModerate).toBe(canModerateSql('m'));
  });
});

describe('readerOf', () => {
  it('binds the member id only when a rule asks for it, and once', () => {
    const params = new SqlParams();
    const reader = readerOf(ViewerContext.member('id-1', Role.MEMBER, MemberStatus.ACTIVE), params.p);
    expect(reader.canModerate).toBe('FALSE');
    expect(params.values).toEqual([]);
    expect([reader.memberId, reader.memberId]).toEqual(['$1::uuid', '$1::uuid']);
    expect(params.values).toEqual(['id-1']);
  });

  it('reads a suspended member as anonymous: no id to see its own drafts by', () => {
    const params = new SqlParams();
    const reader = readerOf(ViewerContext.member('id-2', Role.MODERATOR, MemberStatus.SUSPENDED), params.p);
    expect(reader).toMatchObject({ canModerate: 'FALSE', memberId: null });
    expect(params.values).toEqual([]);
  });
});

describe('SQL conditions', () => {
  it('fold TRUE and FALSE away so that a moderator’s statement carries no condition', () => {
    expect(sqlOr('TRUE', 'x')).toBe('TRUE');
    expect(sqlOr('FALSE', 'x')).toBe('x');
    expect(sqlOr('FALSE', 'x', 'y')).toBe('(x OR y)');
    expect(sqlAnd('TRUE', 'x')).toBe('x');
    expect(sqlAnd('x', 'FALSE')).toBe('FALSE');
    expect(sqlAnd()).toBe('TRUE');
  });

  it('name their parameters uniquely, so two conditions can share a query builder', () => {
    const a = new NamedParams();
    const b = new NamedParams();
    const [pa, pb] = [a.p(1), b.p(2)];
    expect(pa).not.toBe(pb);
    expect({ ...a.params, ...b.params }).toEqual({ [pa.slice(1)]: 1, [pb.slice(1)]: 2 });
  });
});
