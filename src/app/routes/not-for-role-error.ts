/** A screen of the chains' data opened by a role that does not read it (三权分立). */
export class NotForRoleError extends Error {
  override readonly name = 'NotForRoleError';
  constructor() {
    super('This screen shows the chains’ data, which this role does not read');
  }
}
