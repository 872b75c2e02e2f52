package org.stocktake.supervision;

import org.stocktake.shared.ConflictException;

/** Someone else saved the task since it was read; the caller should reload and reapply. */
public class TaskConflictException extends ConflictException {

    TaskConflictException(String code, int readVersion, int currentVersion) {
        super("任务 " + code + " 在您打开后已被他人修改（您的版本 " + readVersion + "，当前 " + currentVersion
                + "），本次未保存，请刷新后重新修改",
                "Task " + code + " was changed by someone else since you opened it (your version " + readVersion
                + ", now " + currentVersion + "); nothing was saved — reload it and apply your change again");
    }
}
