package org.stocktake.tasks;

import java.util.Locale;

/** Someone else saved the task since it was read; the caller should reload and reapply. */
public class TaskConflictException extends RuntimeException {

    private final String zh;

    TaskConflictException(String code, int readVersion, int currentVersion) {
        super("Task " + code + " was changed by someone else since you opened it (your version " + readVersion
                + ", now " + currentVersion + "); nothing was saved — reload it and apply your change again");
        this.zh = "任务 " + code + " 在您打开后已被他人修改（您的版本 " + readVersion + "，当前 " + currentVersion
                + "），本次未保存，请刷新后重新修改";
    }

    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? getMessage() : zh;
    }
}
