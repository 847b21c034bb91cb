; Inno Setup 6: the per-user installer of the Windows bundle (no administrator rights).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\mutualisation.iss
;
; after `pyinstaller ... packaging\mutualisation.spec` has built dist\Mutualisation\ (the
; workflow .github\workflows\windows.yml does both). It installs into
; %LOCALAPPDATA%\Programs\Mutualisation, adds a Start-menu entry (and its uninstall entry),
; registers the uninstaller in « Applications installées ». Uninstalling removes the program,
; never the data: the database and its backups stay in %LOCALAPPDATA%\Mutualisation.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6F1C3A52-8E0B-4C57-9D2A-3B7E5A1F4C90}
AppName=Mutualisation
AppVersion={#AppVersion}
AppVerName=Mutualisation {#AppVersion}
AppPublisher=Mutualisation
PrivilegesRequired=lowest
DefaultDirName={autopf}\Mutualisation
DefaultGroupName=Mutualisation
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=Mutualisation-{#AppVersion}-installation
SetupIconFile={#Root}\build\pyinstaller\mutualisation\icons\mutualisation.ico
UninstallDisplayIcon={app}\Mutualisation.exe
UninstallDisplayName=Mutualisation
LicenseFile={#Root}\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\Mutualisation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Mutualisation"; Filename: "{app}\Mutualisation.exe"
Name: "{group}\{cm:UninstallProgram,Mutualisation}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Mutualisation"; Filename: "{app}\Mutualisation.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Mutualisation.exe"; Description: "{cm:LaunchProgram,Mutualisation}"; Flags: nowait postinstall skipifsilent

