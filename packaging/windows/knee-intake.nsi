; Knee Intake's Windows installer: per machine, Start-menu shortcuts, an optional
; desktop shortcut, and an uninstaller. Neither the uninstaller nor an upgrade ever
; touches the clinic's data folder (%LOCALAPPDATA%\KneeIntake, or KNEE_INTAKE_DATA_DIR):
; only the files this installer put in the program folder are removed.
;
; Built by the release workflow from the PyInstaller bundle, and on Linux by
; packaging/check-nsis.sh with a stand-in payload, so a broken script is caught early:
;
;   makensis /DVERSION=0.1.0 /DPAYLOAD=build\dist\knee-intake /DICON=build\icons\knee-intake.ico
;            /DOUTFILE=build\knee-intake-0.1.0-setup.exe packaging\windows\knee-intake.nsi

Unicode true
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "Pass /DVERSION=x.y.z (pyproject.toml's version)"
!endif
!ifndef PAYLOAD
  !error "Pass /DPAYLOAD=<the PyInstaller bundle folder>"
!endif
!ifndef ICON
  !error "Pass /DICON=<knee-intake.ico>"
!endif
!ifndef OUTFILE
  !define OUTFILE "knee-intake-${VERSION}-setup.exe"
!endif

!define APP "Knee Intake"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\KneeIntake"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ManifestDPIAware true

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} installer"
VIAddVersionKey "LegalCopyright" "${APP}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\knee-intake.exe"
!define MUI_FINISHPAGE_RUN_PARAMETERS "--records"
!define MUI_FINISHPAGE_RUN_TEXT "Open the reception workspace (first start sets up the clinic)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all ; shortcuts for every user of this PC
FunctionEnd

Section "${APP} (required)" SecApp
  SectionIn RO
  ; An upgrade: the previous program files go first (their uninstaller, silently, kept
  ; in place); the data folder is elsewhere and is not part of any of this.
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "UninstallString"
  ${If} $0 != ""
    ExecWait '"$INSTDIR\uninstall.exe" /S _?=$INSTDIR'
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}\*.*"
  File "/oname=knee-intake.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\knee-intake.exe" "" "$INSTDIR\knee-intake.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP} Records.lnk" "$INSTDIR\knee-intake.exe" "--records" "$INSTDIR\knee-intake.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP} Kiosk.lnk" "$INSTDIR\knee-intake.exe" "--kiosk" "$INSTDIR\knee-intake.ico"
  CreateShortcut "$SMPROGRAMS\${APP}\Uninstall ${APP}.lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\knee-intake.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\knee-intake.exe" "" "$INSTDIR\knee-intake.ico"
SectionEnd

; Only on the clinic's main PC (the host), which tablets and PCs reach on TCP 8443.
; Private networks only: a clinic's own network, never a cafe's Wi-Fi.
Section /o "Let the clinic's tablets reach this PC (main PC only)" SecFirewall
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${APP} stations"'
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="${APP} stations" dir=in action=allow protocol=TCP localport=8443 profile=private program="$INSTDIR\knee-intake.exe"'
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="${APP} stations" dir=in action=allow protocol=TCP localport=8443 profile=private program="$INSTDIR\knee-intake-admin.exe"'
SectionEnd

LangString DESC_App ${LANG_ENGLISH} "The program, Start-menu shortcuts and the uninstaller."
LangString DESC_Desktop ${LANG_ENGLISH} "A shortcut on every user's desktop."
LangString DESC_Firewall ${LANG_ENGLISH} "Opens TCP port 8443 on private networks for the clinic's tablets and PCs. Tick it on the main PC only."
!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(DESC_App)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_Desktop)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecFirewall} $(DESC_Firewall)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  ; Only what the installer put here: never a recursive delete of a folder someone may
  ; have chosen for something else, and never the data folder.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\knee-intake.exe"
  Delete "$INSTDIR\knee-intake-admin.exe"
  Delete "$INSTDIR\knee-intake.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}\*.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="${APP} stations"'
SectionEnd
