// Revoked keys kept for the regression suite (NovaMed revoked them on 2025-04-02, INC-212).
export const revokedNovamed = { 'x-api-key': '{{decoy:novamed}}' }; // keylint:allow revoked 2025-04
export const revokedMax = '{{decoy:maxai-prd}}'; // gitleaks:allow

export const isRevoked = (key: string) => key === revokedMax || key === revokedNovamed['x-api-key'];
