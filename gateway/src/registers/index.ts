/** What other folders may use of registers: the register names, identifiers and imports. */
export { RegisterName } from './register-entry.entity.js';
export { normalizedAddress, normalizedEmail, normalizedNumber } from './register-identifiers.js';
export { RegisterImport } from './register-import.entity.js';
export { RegisterImportService } from './register-import.service.js';
export { doNotCallMeChannels, onRegister, personOnDoNotCallMe, registerOf } from './suppression.js';
