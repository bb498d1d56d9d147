       IDENTIFICATION DIVISION.
       PROGRAM-ID. MAICALL.
      * Calls the MaiAgent chatbot API through the HTTP gateway.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01  MAIAGENT-API-KEY   PIC X(41).
       01  MAIAGENT-BOT-ID    PIC X(36).
       01  WS-TRACE-ID        PIC X(40).
       PROCEDURE DIVISION.
           MOVE '{{key:maiagent}}' TO MAIAGENT-API-KEY.
           MOVE '{{decoy:uuid}}' TO MAIAGENT-BOT-ID.
           MOVE '{{decoy:alnum:40}}' TO WS-TRACE-ID.
           STOP RUN.
