export const NOVAMED_API_KEY = '{{key:novamed}}';
