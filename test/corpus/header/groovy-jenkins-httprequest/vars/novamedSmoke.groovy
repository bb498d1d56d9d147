def call() {
    def response = httpRequest(
        url: 'https://feapi.novamed.care/api/external/practitioner',
        httpMode: 'POST',
        contentType: 'APPLICATION_JSON',
        customHeaders: [[name: 'x-api-key', value: '{{key:novamed}}', maskValue: true]],
        requestBody: '{}',
        validResponseCodes: '100:499'
    )
    echo "NovaMed answered ${response.status}"
}
