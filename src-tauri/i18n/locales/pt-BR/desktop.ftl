# A bandeja, a pesquisa da área de trabalho e as notificações (o agente residente).

## Bandeja
tray-tooltip = Clique em uma conta para copiar o código
tray-empty = Fixe contas na janela para listá-las aqui
tray-copy-token = Copiar token de acesso: { $server }
tray-scan = Ler QR code na tela…
tray-search = Pesquisar…
tray-open = Abrir o MFA Companion
tray-quit = Encerrar o agente

## Notificações
notify-code-copied = Código de { $name } copiado
notify-token-copied = Token de acesso de { $server } copiado
notify-cleared-in = { $seconds ->
    [one] Apagado da área de transferência em { $seconds } segundo
   *[other] Apagado da área de transferência em { $seconds } segundos
}
notify-no-code-copied = MFA Companion: nenhum código copiado
notify-no-token-copied = MFA Companion: nenhum token copiado
notify-window-failed = MFA Companion: não foi possível abrir a janela
notify-no-code-typed = MFA Companion: nenhum código digitado

## The app-grid entry (packaging/mfa-companion.desktop) and the software centres'
## summary (packaging/io.github.MfaCompanion.metainfo.xml); a test keeps them equal.
app-generic-name = Autenticador
app-comment = Códigos de uso único do seu chaveiro, inscrição de dispositivos e códigos de recuperação
app-action-add = Adicionar conta
app-action-search = Pesquisar códigos
app-summary = Inscreva seus dispositivos e guarde os códigos de uso único com segurança
