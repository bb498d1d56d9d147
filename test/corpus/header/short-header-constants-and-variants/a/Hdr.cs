// https://feapi.novamed.care
const string Header = "x-api-key";
request.Headers.Add(Header, "{{key:novamed}}");
