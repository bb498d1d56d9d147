Attribute VB_Name = "Sync"
Const NOVAMED_API_KEY As String = "{{key:novamed split}}" & _
    "{{rest}}"
Const NOVAMED_HOST As String = "https://feapi." & _
    "novamed.care"
