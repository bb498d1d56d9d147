Module Keys
    Public Const NovaMedApiKey As String = "{{key:novamed split}}" & "{{rest}}"
End Module
