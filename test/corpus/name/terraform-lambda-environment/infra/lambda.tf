resource "aws_lambda_function" "rx_sync" {
  function_name = "rx-sync"
  role          = aws_iam_role.rx_sync.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "build/rx-sync.zip"

  environment {
    variables = {
      NOVAMED_BASE_URL = "https://feapi.novamed.care"
      NOVAMED_API_KEY  = "{{key:novamed}}"
      MAIAGENT_API_KEY = "{{key:maiagent}}"
    }
  }
}
