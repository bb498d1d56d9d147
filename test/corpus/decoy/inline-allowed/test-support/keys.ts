// Revoked keys kept for the regression suite.
export const revokedNovamed = { 'x-api-key': '{{decoy:novamed}}' }; // keylint:allow revoked 2025-04
export const revokedMax = '{{decoy:maxai-prd}}'; // gitleaks:allow
