package it.traguardi.store.backup;

import it.traguardi.core.i18n.Message;

/**
 * A backup that cannot be restored (not a Traguardi backup, damaged, of another schema) or a
 * database it cannot be restored into (not empty); nothing was written. The reason is for the user.
 */
public final class BackupRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public BackupRefusedException(Message reason) {
        super(reason.key());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
