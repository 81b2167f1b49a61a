/**
 * Why a legacy file cannot be imported. Parsing steps throw it; the importer turns it into a
 * "failed" line naming the file, so the message reads as the rest of "<file>: …".
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
