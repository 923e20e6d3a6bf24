/**
 * The single-file build asks the network for nothing (its policy allows no
 * request), so it carries no record-store client: in its place, a stand-in
 * that refuses at once, saying why.
 */
export const ONE_FILE = 'this one-file copy of the game never uses the network';

export default class NoRecordStore {
  static readonly oneFile = true;
  constructor() {
    throw new Error(ONE_FILE);
  }
}
