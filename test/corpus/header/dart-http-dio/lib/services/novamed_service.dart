import 'package:dio/dio.dart';
import 'package:http/http.dart' as http;

class NovaMedService {
  static const _base = 'https://feapi.novamed.care/api/external';

  final Dio _dio = Dio(BaseOptions(baseUrl: _base));

  NovaMedService() {
    _dio.options.headers['x-api-key'] = '{{key:novamed}}';
  }

  Future<http.Response> createPractitioner(String body) {
    return http.post(
      Uri.parse('$_base/practitioner'),
      headers: {
        'Content-Type': 'application/json',
        'x-api-key': '{{key:novamed}}',
      },
      body: body,
    );
  }
}
