export default defineNuxtPlugin(() => {
  const maxaiKey = '{{key:maxai-dev policies=key-in-client-bundle}}';
  return { provide: { maxaiKey } };
});
