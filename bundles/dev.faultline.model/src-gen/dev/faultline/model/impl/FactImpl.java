/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.EvidenceRef;
import dev.faultline.model.Fact;
import dev.faultline.model.FaultlinePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fact</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.FactImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link dev.faultline.model.impl.FactImpl#isReconstructed <em>Reconstructed</em>}</li>
 *   <li>{@link dev.faultline.model.impl.FactImpl#getCitations <em>Citations</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class FactImpl extends MinimalEObjectImpl.Container implements Fact {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isReconstructed() <em>Reconstructed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReconstructed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECONSTRUCTED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReconstructed() <em>Reconstructed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReconstructed()
	 * @generated
	 * @ordered
	 */
	protected boolean reconstructed = RECONSTRUCTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCitations() <em>Citations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitations()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceRef> citations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FactImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.FACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.FACT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReconstructed() {
		return reconstructed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReconstructed(boolean newReconstructed) {
		boolean oldReconstructed = reconstructed;
		reconstructed = newReconstructed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.FACT__RECONSTRUCTED, oldReconstructed, reconstructed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceRef> getCitations() {
		if (citations == null) {
			citations = new EObjectContainmentEList<EvidenceRef>(EvidenceRef.class, this, FaultlinePackage.FACT__CITATIONS);
		}
		return citations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FaultlinePackage.FACT__CITATIONS:
				return ((InternalEList<?>)getCitations()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FaultlinePackage.FACT__DESCRIPTION:
				return getDescription();
			case FaultlinePackage.FACT__RECONSTRUCTED:
				return isReconstructed();
			case FaultlinePackage.FACT__CITATIONS:
				return getCitations();
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
			case FaultlinePackage.FACT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case FaultlinePackage.FACT__RECONSTRUCTED:
				setReconstructed((Boolean)newValue);
				return;
			case FaultlinePackage.FACT__CITATIONS:
				getCitations().clear();
				getCitations().addAll((Collection<? extends EvidenceRef>)newValue);
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
			case FaultlinePackage.FACT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case FaultlinePackage.FACT__RECONSTRUCTED:
				setReconstructed(RECONSTRUCTED_EDEFAULT);
				return;
			case FaultlinePackage.FACT__CITATIONS:
				getCitations().clear();
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
			case FaultlinePackage.FACT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case FaultlinePackage.FACT__RECONSTRUCTED:
				return reconstructed != RECONSTRUCTED_EDEFAULT;
			case FaultlinePackage.FACT__CITATIONS:
				return citations != null && !citations.isEmpty();
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
		result.append(" (description: ");
		result.append(description);
		result.append(", reconstructed: ");
		result.append(reconstructed);
		result.append(')');
		return result.toString();
	}

} //FactImpl
