package org.liaison.ui.app;

/** One item of the trainee's inbox: an inject, a message or a report to the mission. */
public record InboxItem(String key, long tick, String from, String title, String body) {}
