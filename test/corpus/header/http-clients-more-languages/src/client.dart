// MaiAgent chat (api.maiagent.ai)
final dio = Dio(BaseOptions(
  baseUrl: 'https://api.maiagent.ai/api/v1/',
  headers: {'Authorization': 'Api-Key {{key:maiagent}}'},
));
final res = await http.get(Uri.parse('https://feapi.novamed.care/api/external/patient'), headers: {'x-api-key': '{{key:novamed}}'});
