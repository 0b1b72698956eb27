/**
 */
package dev.faultline.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timeline Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An event on the timeline.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.TimelineEvent#getInstant <em>Instant</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#getOriginalTimestamp <em>Original Timestamp</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#getOriginalZone <em>Original Zone</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#getSource <em>Source</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#getHost <em>Host</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#getMessage <em>Message</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#getTags <em>Tags</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#getComments <em>Comments</em>}</li>
 *   <li>{@link dev.faultline.model.TimelineEvent#isStarred <em>Starred</em>}</li>
 * </ul>
 *
 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent()
 * @model
 * @generated
 */
public interface TimelineEvent extends CausalNode {
	/**
	 * Returns the value of the '<em><b>Instant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it happened (UTC).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instant</em>' attribute.
	 * @see #setInstant(Instant)
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_Instant()
	 * @model dataType="dev.faultline.model.Instant"
	 * @generated
	 */
	Instant getInstant();

	/**
	 * Sets the value of the '{@link dev.faultline.model.TimelineEvent#getInstant <em>Instant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instant</em>' attribute.
	 * @see #getInstant()
	 * @generated
	 */
	void setInstant(Instant value);

	/**
	 * Returns the value of the '<em><b>Original Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The timestamp as written in the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Timestamp</em>' attribute.
	 * @see #setOriginalTimestamp(String)
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_OriginalTimestamp()
	 * @model
	 * @generated
	 */
	String getOriginalTimestamp();

	/**
	 * Sets the value of the '{@link dev.faultline.model.TimelineEvent#getOriginalTimestamp <em>Original Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Timestamp</em>' attribute.
	 * @see #getOriginalTimestamp()
	 * @generated
	 */
	void setOriginalTimestamp(String value);

	/**
	 * Returns the value of the '<em><b>Original Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time zone or offset of the original timestamp.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Zone</em>' attribute.
	 * @see #setOriginalZone(String)
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_OriginalZone()
	 * @model
	 * @generated
	 */
	String getOriginalZone();

	/**
	 * Sets the value of the '{@link dev.faultline.model.TimelineEvent#getOriginalZone <em>Original Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Zone</em>' attribute.
	 * @see #getOriginalZone()
	 * @generated
	 */
	void setOriginalZone(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the event comes from (log, report, publication).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link dev.faultline.model.TimelineEvent#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The host the event happened on, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Host)
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_Host()
	 * @model
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link dev.faultline.model.TimelineEvent#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of event, e.g. release, crash, revert.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link dev.faultline.model.TimelineEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link dev.faultline.model.TimelineEvent#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tags.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Analyst comments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comments</em>' attribute list.
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_Comments()
	 * @model
	 * @generated
	 */
	EList<String> getComments();

	/**
	 * Returns the value of the '<em><b>Starred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marked as important.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Starred</em>' attribute.
	 * @see #setStarred(boolean)
	 * @see dev.faultline.model.FaultlinePackage#getTimelineEvent_Starred()
	 * @model
	 * @generated
	 */
	boolean isStarred();

	/**
	 * Sets the value of the '{@link dev.faultline.model.TimelineEvent#isStarred <em>Starred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Starred</em>' attribute.
	 * @see #isStarred()
	 * @generated
	 */
	void setStarred(boolean value);

} // TimelineEvent
