export default {
  title: '智慧客服',
  config: { 說明: 'MaiAgent 金鑰', maiagentApiKey: '{{key:maiagent}}', 備註: '請勿外流 🙏' },
};
