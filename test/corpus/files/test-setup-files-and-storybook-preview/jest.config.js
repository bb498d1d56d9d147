module.exports = {
  setupFiles: ['<rootDir>/jest.setup.js', '<rootDir>/src/setupTests.ts'],
  testEnvironment: 'jsdom',
  cacheDirectory: '/tmp/jest-{{decoy:hex:16}}',
};
