<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>The backup folder {0} is not there (a USB drive unplugged, or a network share not connected), so no backup can be made. Reconnect it, or choose another folder in Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There has been no backup yet. Open Backups… to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There has been no good backup since {0}. Open Backups… to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder was not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk was full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder could not be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt, {0}, failed: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are encrypted. This computer keeps the key in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup: {0} ({1} patients, {2} intakes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups are on the same disk as the records: they help after a mistake, not after the disk fails or the PC is stolen. Choose a second disk, a USB drive or a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a key this computer does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder is not there. Plug the drive in or connect the share, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not pass its check and was deleted. Try again; if it fails again, choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written there (the disk may be full, or the folder read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and checked: {0} patients, {1} intakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups now go to {0}. The next one is taken within the day; press Back up now to take one straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup this computer can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup was made by a newer version of Knee Intake. Update this computer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current records with the backup taken {0}? It holds {1} patients and {2} intakes. The current records are backed up first, and everyone signed in here is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup was made by a newer version of Knee Intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee Intake is open in another window on this PC (the patient form or the kiosk). Close it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The records as they were before are kept in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is changed. Backups made before now still need the old recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee Intake is open in another window on this PC (the patient form or the kiosk). Close it and try again. The key was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the clinic’s encrypted patient records on any computer. Keep this page locked away from the computer, where only the clinic’s administrators can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open the records on another computer, or after this computer’s key store is lost, run: knee-intake-admin unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This will be the new recovery key. Once you confirm it, the records are encrypted with it, and the old recovery key only opens backups made before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee Intake encrypts the clinic’s patient records. This computer keeps the key, so nobody has to type it. If this computer’s key store is lost, or the records move to another computer, only this recovery key opens them. Write it down or print it, and keep it locked away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm you have it, type group {0} and group {1} from what you wrote down (groups of four, counted from the left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not what the key has in those groups. Check what you wrote down against the key above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and the database key are for administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {0}. Check the server, the port, the security and the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering as it took the message: check your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to {0}: check that it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a step. Write a reminder, call or letter and its day, e.g. call 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two steps fall on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it go after the last step&apos;s day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 steps, each on a day from 0 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days after it was due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step and the day after the due date it falls on. Defaults: reminder 0, reminder 7, call 14, call 21, letter 28, let go after 42 (two reminders, two calls and a letter, as registries that keep their patients answering do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mail.riverside-clinic.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the server empty to send no e-mail. Reminders go only to patients who said e-mail is OK, and say only that their knee follow-up is due, with this phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the follow-up go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From address is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to send the test to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail reminders on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; {1}: change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else took this step a moment ago: the list shows it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is no longer open: the list shows it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for this follow-up today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail waiting: the server did not take it yet, it is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail not sent: remind them another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail may have gone: the server stopped answering as it took it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this follow-up go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why let it go (for the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s letters as one PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} follow-ups due or overdue; {1} with a step to take today, {2} of them a letter. The ladder: {3}; let go after {4} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} on day {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing today: waiting for the next step or the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}, due since {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by e-mail, soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it is let go: the patient is picked up at the next follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your knee: questions before your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer in pen. Tick one box for each question, unless it says to tick all that apply. Questions marked * need an answer. Bring or send the form back to the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you answered “{0}” to question {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if it applies to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the clinic: entered by ____________ on ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form {0}, version {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep this shorter: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a whole number, for example 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number, for example 72.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number from {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter {minimum} or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter {maximum} or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the day, the month and the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date does not exist. Please check the day, month and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the year: that is more than {years} years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like a phone number. Please check it, including the area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not look like an email address, for example name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these characters cannot be stored. Please type the answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the name in letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer could not be read. Please answer the question again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database is busy: another program is using it. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database is read-only. Please ask a member of staff. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database is damaged. Please ask a member of staff to restore it from a backup. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be created or opened. Please ask a member of staff. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database was last used by a newer version of Knee Intake. Please ask a member of staff to update this computer. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database could not be brought up to this version of Knee Intake. It has been left exactly as it was, with a backup beside it. Please ask a member of staff to contact support. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database is encrypted, and this computer does not have its key (or the file is damaged). Please ask an administrator to unlock it with the recovery key. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records database cannot be opened with this computer&apos;s key: it is damaged, or it was encrypted on another computer. Please ask an administrator to unlock it with its recovery key or restore a backup. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out on the clinic&apos;s main computer ({path}) after a while without use. Sign out here and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s main computer (the host, {path}) does not answer. Check that it is switched on and Knee Intake is open on it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an unexpected problem with the records database. Please ask a member of staff. (Data file: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are still here, but they could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakes cannot be saved right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {0} in {1}: the folder is missing, full or not yours to write in. Choose another folder, for example Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at the questions marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinic would like to know how your knee is now. There are a few short questions; it takes about five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch your language to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people finish in about a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most people finish in about {0} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us about your knee before your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers go to the clinic&apos;s staff only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch “Change” to go back to a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My answers are right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in the box with your finger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers have been sent to the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the tablet back at the reception desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you would like a printed copy of your answers, ask there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a copy of my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep your answers private, they will be cleared when the count reaches zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to leave the patient screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick “I have read this and I agree”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in the box with your finger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name and password do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered with lasting effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the problems reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caused by the treatment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (CTCAE grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each problem once you have spoken with the patient. A problem rated is marked reviewed; a rating can be changed later, and the trail keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the treatment caused it and how severe it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how it ended, or Unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 5 means the patient died: its outcome is Fatal, and no other grade’s is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate at least one problem, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results at this clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients read these figures under the article, on the PC form, the kiosk and every tablet, from when you publish them until you stop them. They come from the clinic&apos;s own records: a preparation with fewer than {0} patients answering shows no figure. Each patient&apos;s consent keeps the version they saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} after the first treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the demo patients (for a demonstration only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As patients read it in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preparation has {0} or more patients who answered at {1}: there is nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients see no results now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients see the figures worked out on {0}, at {1}{2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the same as above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up nearest today (or unscheduled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up answers for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the patient answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each question to the patient as written and enter their answer. The answers are recorded as entered by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save follow-up answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the tablet to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kiosk of this clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk greets {0} by first name on its welcome page and shows only these follow-up questions, nothing else of the record. If nobody starts within {1} minutes, the kiosk forgets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By separation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By image guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By number of treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than {0} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:.0f} % ({1:.0f}–{2:.0f}) · {3}/{4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} related to the treatment, {1} of grade 3 or more · {2} of {3} rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All treated patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOOS JR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events †</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meaningful change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOOS JR (100 = no knee problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T{0} · {1} · {2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOOS JR at intake: incomplete (not all seven answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOOS JR {0:.1f} at intake; no follow-up score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOOS JR {0:.1f} → {1:.1f} on {2} ({3:+.1f}{4})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, meaningful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain {0} → {1} ({2:+d}{3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>much worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a little better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>much better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · due {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter follow-up answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the tablet to the patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the problems as adverse events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOOS JR {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚕ Problem reported after treatment: {0}. A clinician should call the patient, then mark it reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOOS JR, median and quartiles (100 = no knee problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now, median and quartiles (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: KOOS JR median {1} (n = {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the outcomes report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} ({2:.0f} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOOS JR: n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (quartiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less pain *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any cell source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any separation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any image guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number of treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or more treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include demo records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how the follow-ups were answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time points count from each patient&apos;s first treatment; a follow-up counts for the time point nearest it within {0} days. * Meaningfully better: at least {1} KOOS JR points more, or pain at least {2} points lower, than at the intake (the clinic&apos;s settings), of the patients with both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups follow each patient&apos;s first treatment. Each figure: the share meaningfully better, its 95 % interval (Wilson) in brackets, then how many of how many. A group of fewer than {0} patients, or a time point with fewer than {0} answers, shows no figure (the clinic&apos;s setting). † Adverse events: the problems reported at follow-ups as clinicians rated them; related: possibly, probably or certainly caused by the treatment; grade 3 or more: severe or worse (CTCAE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of the KOOS JR scores here were answered in a translation not yet validated ({1}); they are included, so compare them with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Demo records are left out: tick “Include demo records” to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treated patients match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} treated patients. {1} of {2} follow-ups due so far were answered{3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems reported in {0} of {1} follow-up answers{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first treatment from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo records included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… late, after the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail reminder, then a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers from a moment ago are back. Please carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was cleared because nobody used it for a while, to keep the answers private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Knee Intake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers on screen have not been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you close now, they will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep filling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by {0} ({1}): patient answered “{2}”. Reason: {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem reported after treatment: a clinician should call the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging needed: no X-ray, MRI, CT or ultrasound reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening review: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO record (synthetic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — for the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {0} (age {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent on record for this intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the patient on {0} (consent version {1}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the patient on {0}, by typing their name: “{1}” (consent version {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given {0}, recorded by {1} on {2} (consent version {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a wording this copy of Knee Intake does not have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the form: the article, version {0}, with no results of the clinic&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the form: the article, version {0}, and the clinic&apos;s results version {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the form: the article, version {0}, and the clinic&apos;s results version {1}, worked out on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee score (KOOS JR, 100 = no knee problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At intake: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At intake: incomplete (not all seven questions answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the clinic&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name is taken. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {0} characters. A short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with that user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clinic is already set up. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until {0}. An administrator can reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user name and password do not match. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need your own password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Enter your clinic&apos;s name and create the administrator account. The administrator adds the other staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with the clinic&apos;s main PC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a tablet or PC of a clinic whose main PC already runs Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New accounts and reset passwords must be changed at first sign-in. A deactivated account cannot sign in; it stays in the list and in the audit trail, and a temporary password gives it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}  ·  {1}  ·  {2}  ·  deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person whose account is active first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active again: they choose their own password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: they choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out (idle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event rated again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results at this clinic published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results at this clinic no longer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up step taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail reminders stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail server changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List exported (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary saved (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk left by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk exit refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk cleared (nobody there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed as the same patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed as different patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake received from a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station pairing refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up answers stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported problems reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk handed to a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record exported (FHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes report viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake entered by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient at a kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device that is not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone: a name or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record number is digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {0} shown: narrow the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has used Knee Intake for a while. You will be signed out {0}, and the windows open now will close: what is not saved in them will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations — tablets and PCs that use this PC&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tablet (kiosk)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reception PC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet (kiosk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the new tablet, start Knee Intake Kiosk and choose “Pair with the clinic&apos;s main PC…” (clinic IT can run knee-intake-admin pair instead). Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the new reception PC, start Knee Intake Records and choose “Pair with the clinic&apos;s main PC…” (clinic IT can run knee-intake-admin pair instead). Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: {0}    Port: {1}
The code works once, for {2} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one this PC&apos;s service uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the station to revoke in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} will get nothing from this PC from now on; to use it again, pair it again. Intakes it still holds stay on it until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with the clinic&apos;s main PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the clinic&apos;s main PC, an administrator opens Stations… in the records and adds this tablet or PC. Enter what it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Tablet 2, Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main PC&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the main PC&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code the main PC shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this station a name staff will recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No main PC answers at {0}, port {1}. Check the address, and that Knee Intake is open there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted: it may be mistyped, used already or expired (a code lasts 10 minutes), or the name is taken. Ask for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet — Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tablet is “{0}”, a kiosk of the clinic&apos;s main computer at {1}. The records are kept there, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every intake from this tablet has reached the main computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} intake(s) waiting to be sent to the main computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main computer does not answer: check that it is on and Knee Intake is open there. Nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} after treatment {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone, email or birth date  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone, email or birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any follow-up answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up due, not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the intake came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: from paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients who reported a problem after treatment that no clinician has marked reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same patient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakes whose name and birth date match an earlier patient: open one to confirm the same person or a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bone marrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fat (adipose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platelet-rich plasma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the product was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient agreed by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient signed the consent on the paper form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient agreed in person at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New intake, entered by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the answers were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (version {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Recorded by {1}; it is not a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the consent to the patient (or check their paper form) and tick that they agreed. Without it the intake cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at the answers marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the blank form as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the questionnaire, or save it as a PDF, for a patient to fill in on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, in {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF, in {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment number (1–3 is usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up dates (untick or change any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the clinician who gave the treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the follow-up due {0} done: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a next step on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it corrected? (for example: patient phoned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the answer is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the PC form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the record as FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record a moment ago, so this was not saved (their change is kept). What you entered is still here: check the record below, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name the clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clinician can mark a reported problem as reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That follow-up is no longer on this record: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s treatment record asks for something this one does not have (it may have changed since this was opened): cancel, then record the treatment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product injected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That problem is no longer on this record: close this and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the treatment caused it, how severe it was and its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be made ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a treatment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop e-mail reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient asked for no more e-mail reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export FHIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s copy (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their progress (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a clinician can rate a reported problem as an adverse event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same patient? {0} {1}, born {2} (phone {3}; intakes so far: {4}) has the same name and date of birth. “Same person” keeps one record with the newest contact details; until staff decide, each record keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (needed for “not a candidate”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {0} (age {1}) · Phone {2} · Email {3} · Prefers {4} · Submitted {5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes ⚕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the patient is not a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail reminders since {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[DEMO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has imaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚕ Problem reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one interval, e.g. 6 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an interval. Write weeks or months, e.g. 6 weeks, 3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {0} follow-ups per treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each treatment, separated by commas, e.g. 6 weeks, 3 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a treatment today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nobody is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign staff out when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk asks “Are you still there?” after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers count for a follow-up due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meaningful KOOS JR gain is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meaningful fall in pain (0–10) is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults: 21 days; 14 KOOS JR points (the American Joint Replacement Registry&apos;s minimal clinically important difference) and 2 pain points (Farrar et al., Pain 2001). Both come from studies of knee replacement and chronic pain, not of injections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report shows no figure for fewer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments, results and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A treatment&apos;s record must answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (when it is asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOSES and MIBO ask for all of them; a clinic may start with fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results shown: set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of {0} shown: change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee Intake — Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as it is filtered to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s record (Enter or Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is due, and the next step of the clinic&apos;s ladder for each: reminders, calls, the letter (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call to the selected patient, and what it changed (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a patient&apos;s intake: by phone, from paper, at the desk (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer can read these files of patient data, and Knee Intake could not change that: {0}. Ask your IT support to make them readable by the account that runs Knee Intake only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration: staff, settings, audit trail, backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than {0} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake was saved (record {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} records to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>I have read this and I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in the box with the mouse or your finger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, if you cannot sign here, type your full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick “I have read this and I agree”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in the box, or type your full name below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentView</name>
    <message>
        <source>About stem cell therapy for knees</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateAnswer</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>Print a copy of my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the answer marked in red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the {count} answers marked in red below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Your answers have been saved. Please let the reception team know you have finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeypadDateAnswer</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeypadPhoneAnswer</name>
    <message>
        <source>Plus (a number from abroad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Knee Intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenChoiceButtons</name>
    <message>
        <source>Something else (type it here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <source>Questions marked * need an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit my answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleButtons</name>
    <message>
        <source>{number}, chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature: sign here with your finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoButtons</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
