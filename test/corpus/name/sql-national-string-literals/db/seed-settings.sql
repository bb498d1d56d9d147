SET IDENTITY_INSERT [dbo].[Settings] ON
INSERT [dbo].[Settings] ([Id], [Name], [Value]) VALUES (1, N'NovaMedApiKey', N'{{key:novamed}}')
INSERT [dbo].[Settings] ([Id], [Name], [Value]) VALUES (2, N'MaiAgentApiKey', N'{{key:maiagent}}')
INSERT [dbo].[Settings] ([Id], [Name], [Value]) VALUES (3, N'NovaMedClinicId', N'{{decoy:uuid}}')
INSERT [dbo].[Settings] ([Id], [Name], [Value]) VALUES (4, N'SupportEmail', N'{{decoy:alnum:24}}')
SET IDENTITY_INSERT [dbo].[Settings] OFF
GO
