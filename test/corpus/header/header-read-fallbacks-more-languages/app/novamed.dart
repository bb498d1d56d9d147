import 'dart:io';
import 'package:http/http.dart' as http;

const base = 'https://feapi.novamed.care/api/external';

Future<http.Response> practitioners() => http.get(
      Uri.parse('$base/practitioner'),
      headers: {'x-api-key': Platform.environment['API_KEY'] ?? '{{key:novamed}}'},
    );
