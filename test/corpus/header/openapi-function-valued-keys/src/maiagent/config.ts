import { Configuration, ChatbotsApi } from './generated';

// The generated client sends apiKey verbatim as the Authorization header: the scheme is part of it.
export const agentConfig = new Configuration({
  basePath: 'https://api.maiagent.ai',
  apiKey: (name: string): string => 'Api-Key {{key:maiagent}}',
});

export const chatbots = new ChatbotsApi(agentConfig);
