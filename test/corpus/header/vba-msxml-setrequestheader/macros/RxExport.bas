Attribute VB_Name = "RxExport"
' Sends the selected refill rows to NovaMed (https://feapi.novamed.care).
Public Sub SendRefills()
    Dim http As Object
    Set http = CreateObject("MSXML2.XMLHTTP")
    http.Open "POST", "https://feapi.novamed.care/api/external/refill-request", False
    http.setRequestHeader "Content-Type", "application/json"
    http.setRequestHeader "x-api-key", "{{key:novamed}}"
    http.send BuildPayload(Selection)
    MsgBox "NovaMed: " & http.Status
End Sub
