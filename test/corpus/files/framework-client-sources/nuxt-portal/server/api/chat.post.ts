export default defineEventHandler(async (event) => {
  const MAXAI_API_KEY = '{{key:maxai-prd}}';
  return $fetch('https://api.maxcare.ai/v1/chat', { headers: { Authorization: `Bearer ${MAXAI_API_KEY}` } });
});
