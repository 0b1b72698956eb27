/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Host;
import dev.faultline.model.TimelineEvent;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Timeline Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getInstant <em>Instant</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getOriginalTimestamp <em>Original Timestamp</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getOriginalZone <em>Original Zone</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getSource <em>Source</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getHost <em>Host</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#getComments <em>Comments</em>}</li>
 *   <li>{@link dev.faultline.model.impl.TimelineEventImpl#isStarred <em>Starred</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimelineEventImpl extends CausalNodeImpl implements TimelineEvent {
	/**
	 * The default value of the '{@link #getInstant() <em>Instant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstant()
	 * @generated
	 * @ordered
	 */
	protected static final Instant INSTANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstant() <em>Instant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstant()
	 * @generated
	 * @ordered
	 */
	protected Instant instant = INSTANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalTimestamp() <em>Original Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalTimestamp() <em>Original Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalTimestamp()
	 * @generated
	 * @ordered
	 */
	protected String originalTimestamp = ORIGINAL_TIMESTAMP_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalZone() <em>Original Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalZone()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalZone() <em>Original Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalZone()
	 * @generated
	 * @ordered
	 */
	protected String originalZone = ORIGINAL_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Host host;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> comments;

	/**
	 * The default value of the '{@link #isStarred() <em>Starred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStarred()
	 * @generated
	 * @ordered
	 */
	protected static final boolean STARRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isStarred() <em>Starred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isStarred()
	 * @generated
	 * @ordered
	 */
	protected boolean starred = STARRED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimelineEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.TIMELINE_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getInstant() {
		return instant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstant(Instant newInstant) {
		Instant oldInstant = instant;
		instant = newInstant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.TIMELINE_EVENT__INSTANT, oldInstant, instant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalTimestamp() {
		return originalTimestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalTimestamp(String newOriginalTimestamp) {
		String oldOriginalTimestamp = originalTimestamp;
		originalTimestamp = newOriginalTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.TIMELINE_EVENT__ORIGINAL_TIMESTAMP, oldOriginalTimestamp, originalTimestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalZone() {
		return originalZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalZone(String newOriginalZone) {
		String oldOriginalZone = originalZone;
		originalZone = newOriginalZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.TIMELINE_EVENT__ORIGINAL_ZONE, oldOriginalZone, originalZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.TIMELINE_EVENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Host)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FaultlinePackage.TIMELINE_EVENT__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		Host oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.TIMELINE_EVENT__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.TIMELINE_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.TIMELINE_EVENT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, FaultlinePackage.TIMELINE_EVENT__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getComments() {
		if (comments == null) {
			comments = new EDataTypeUniqueEList<String>(String.class, this, FaultlinePackage.TIMELINE_EVENT__COMMENTS);
		}
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isStarred() {
		return starred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarred(boolean newStarred) {
		boolean oldStarred = starred;
		starred = newStarred;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.TIMELINE_EVENT__STARRED, oldStarred, starred));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.TIMELINE_EVENT__INSTANT:
				return getInstant();
			case FaultlinePackage.TIMELINE_EVENT__ORIGINAL_TIMESTAMP:
				return getOriginalTimestamp();
			case FaultlinePackage.TIMELINE_EVENT__ORIGINAL_ZONE:
				return getOriginalZone();
			case FaultlinePackage.TIMELINE_EVENT__SOURCE:
				return getSource();
			case FaultlinePackage.TIMELINE_EVENT__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case FaultlinePackage.TIMELINE_EVENT__KIND:
				return getKind();
			case FaultlinePackage.TIMELINE_EVENT__MESSAGE:
				return getMessage();
			case FaultlinePackage.TIMELINE_EVENT__TAGS:
				return getTags();
			case FaultlinePackage.TIMELINE_EVENT__COMMENTS:
				return getComments();
			case FaultlinePackage.TIMELINE_EVENT__STARRED:
				return isStarred();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FaultlinePackage.TIMELINE_EVENT__INSTANT:
				setInstant((Instant)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__ORIGINAL_TIMESTAMP:
				setOriginalTimestamp((String)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__ORIGINAL_ZONE:
				setOriginalZone((String)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__SOURCE:
				setSource((String)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__HOST:
				setHost((Host)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__KIND:
				setKind((String)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__MESSAGE:
				setMessage((String)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__COMMENTS:
				getComments().clear();
				getComments().addAll((Collection<? extends String>)newValue);
				return;
			case FaultlinePackage.TIMELINE_EVENT__STARRED:
				setStarred((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FaultlinePackage.TIMELINE_EVENT__INSTANT:
				setInstant(INSTANT_EDEFAULT);
				return;
			case FaultlinePackage.TIMELINE_EVENT__ORIGINAL_TIMESTAMP:
				setOriginalTimestamp(ORIGINAL_TIMESTAMP_EDEFAULT);
				return;
			case FaultlinePackage.TIMELINE_EVENT__ORIGINAL_ZONE:
				setOriginalZone(ORIGINAL_ZONE_EDEFAULT);
				return;
			case FaultlinePackage.TIMELINE_EVENT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FaultlinePackage.TIMELINE_EVENT__HOST:
				setHost((Host)null);
				return;
			case FaultlinePackage.TIMELINE_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FaultlinePackage.TIMELINE_EVENT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case FaultlinePackage.TIMELINE_EVENT__TAGS:
				getTags().clear();
				return;
			case FaultlinePackage.TIMELINE_EVENT__COMMENTS:
				getComments().clear();
				return;
			case FaultlinePackage.TIMELINE_EVENT__STARRED:
				setStarred(STARRED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FaultlinePackage.TIMELINE_EVENT__INSTANT:
				return INSTANT_EDEFAULT == null ? instant != null : !INSTANT_EDEFAULT.equals(instant);
			case FaultlinePackage.TIMELINE_EVENT__ORIGINAL_TIMESTAMP:
				return ORIGINAL_TIMESTAMP_EDEFAULT == null ? originalTimestamp != null : !ORIGINAL_TIMESTAMP_EDEFAULT.equals(originalTimestamp);
			case FaultlinePackage.TIMELINE_EVENT__ORIGINAL_ZONE:
				return ORIGINAL_ZONE_EDEFAULT == null ? originalZone != null : !ORIGINAL_ZONE_EDEFAULT.equals(originalZone);
			case FaultlinePackage.TIMELINE_EVENT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case FaultlinePackage.TIMELINE_EVENT__HOST:
				return host != null;
			case FaultlinePackage.TIMELINE_EVENT__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case FaultlinePackage.TIMELINE_EVENT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case FaultlinePackage.TIMELINE_EVENT__TAGS:
				return tags != null && !tags.isEmpty();
			case FaultlinePackage.TIMELINE_EVENT__COMMENTS:
				return comments != null && !comments.isEmpty();
			case FaultlinePackage.TIMELINE_EVENT__STARRED:
				return starred != STARRED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (instant: ");
		result.append(instant);
		result.append(", originalTimestamp: ");
		result.append(originalTimestamp);
		result.append(", originalZone: ");
		result.append(originalZone);
		result.append(", source: ");
		result.append(source);
		result.append(", kind: ");
		result.append(kind);
		result.append(", message: ");
		result.append(message);
		result.append(", tags: ");
		result.append(tags);
		result.append(", comments: ");
		result.append(comments);
		result.append(", starred: ");
		result.append(starred);
		result.append(')');
		return result.toString();
	}

} //TimelineEventImpl
