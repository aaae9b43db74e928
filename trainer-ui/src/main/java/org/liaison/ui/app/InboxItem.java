package org.liaison.ui.app;

/**
 * One item of the trainee's inbox: an inject, a message or a report to the mission.
 *
 * @param sender the actor who sent it and whom a reply goes to, or null if there is no one to answer
 *     (a report from the mission's own staff, an inject from exercise control)
 */
public record InboxItem(String key, long tick, String from, String title, String body, String sender) {
  /** An item no one can be answered on. */
  public InboxItem(String key, long tick, String from, String title, String body) {
    this(key, tick, from, title, body, null);
  }
}
