/**
 */
package dev.faultline.model.impl;

import dev.faultline.model.Driver;
import dev.faultline.model.FaultlinePackage;
import dev.faultline.model.Update;
import dev.faultline.model.UpdateFile;
import dev.faultline.model.UpdateKind;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Update</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getProduct <em>Product</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getIdentifier <em>Identifier</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getReleasedAt <em>Released At</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getRevertedAt <em>Reverted At</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getRolloutScope <em>Rollout Scope</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getConsumedBy <em>Consumed By</em>}</li>
 *   <li>{@link dev.faultline.model.impl.UpdateImpl#getFiles <em>Files</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UpdateImpl extends CausalNodeImpl implements Update {
	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected String vendor = VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProduct() <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProduct()
	 * @generated
	 * @ordered
	 */
	protected String product = PRODUCT_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final UpdateKind KIND_EDEFAULT = UpdateKind.SENSOR_RELEASE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected UpdateKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentifier() <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifier()
	 * @generated
	 * @ordered
	 */
	protected static final String IDENTIFIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentifier() <em>Identifier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifier()
	 * @generated
	 * @ordered
	 */
	protected String identifier = IDENTIFIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReleasedAt() <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RELEASED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReleasedAt() <em>Released At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReleasedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant releasedAt = RELEASED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevertedAt() <em>Reverted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevertedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant REVERTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevertedAt() <em>Reverted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevertedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant revertedAt = REVERTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRolloutScope() <em>Rollout Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRolloutScope()
	 * @generated
	 * @ordered
	 */
	protected static final String ROLLOUT_SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRolloutScope() <em>Rollout Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRolloutScope()
	 * @generated
	 * @ordered
	 */
	protected String rolloutScope = ROLLOUT_SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConsumedBy() <em>Consumed By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsumedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<Driver> consumedBy;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<UpdateFile> files;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UpdateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FaultlinePackage.Literals.UPDATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(String newVendor) {
		String oldVendor = vendor;
		vendor = newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.UPDATE__VENDOR, oldVendor, vendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProduct() {
		return product;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProduct(String newProduct) {
		String oldProduct = product;
		product = newProduct;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.UPDATE__PRODUCT, oldProduct, product));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UpdateKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(UpdateKind newKind) {
		UpdateKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.UPDATE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdentifier() {
		return identifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentifier(String newIdentifier) {
		String oldIdentifier = identifier;
		identifier = newIdentifier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.UPDATE__IDENTIFIER, oldIdentifier, identifier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.UPDATE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getReleasedAt() {
		return releasedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReleasedAt(Instant newReleasedAt) {
		Instant oldReleasedAt = releasedAt;
		releasedAt = newReleasedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.UPDATE__RELEASED_AT, oldReleasedAt, releasedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRevertedAt() {
		return revertedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevertedAt(Instant newRevertedAt) {
		Instant oldRevertedAt = revertedAt;
		revertedAt = newRevertedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.UPDATE__REVERTED_AT, oldRevertedAt, revertedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRolloutScope() {
		return rolloutScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRolloutScope(String newRolloutScope) {
		String oldRolloutScope = rolloutScope;
		rolloutScope = newRolloutScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FaultlinePackage.UPDATE__ROLLOUT_SCOPE, oldRolloutScope, rolloutScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Driver> getConsumedBy() {
		if (consumedBy == null) {
			consumedBy = new EObjectResolvingEList<Driver>(Driver.class, this, FaultlinePackage.UPDATE__CONSUMED_BY);
		}
		return consumedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UpdateFile> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList<UpdateFile>(UpdateFile.class, this, FaultlinePackage.UPDATE__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FaultlinePackage.UPDATE__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
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
			case FaultlinePackage.UPDATE__VENDOR:
				return getVendor();
			case FaultlinePackage.UPDATE__PRODUCT:
				return getProduct();
			case FaultlinePackage.UPDATE__KIND:
				return getKind();
			case FaultlinePackage.UPDATE__IDENTIFIER:
				return getIdentifier();
			case FaultlinePackage.UPDATE__VERSION:
				return getVersion();
			case FaultlinePackage.UPDATE__RELEASED_AT:
				return getReleasedAt();
			case FaultlinePackage.UPDATE__REVERTED_AT:
				return getRevertedAt();
			case FaultlinePackage.UPDATE__ROLLOUT_SCOPE:
				return getRolloutScope();
			case FaultlinePackage.UPDATE__CONSUMED_BY:
				return getConsumedBy();
			case FaultlinePackage.UPDATE__FILES:
				return getFiles();
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
			case FaultlinePackage.UPDATE__VENDOR:
				setVendor((String)newValue);
				return;
			case FaultlinePackage.UPDATE__PRODUCT:
				setProduct((String)newValue);
				return;
			case FaultlinePackage.UPDATE__KIND:
				setKind((UpdateKind)newValue);
				return;
			case FaultlinePackage.UPDATE__IDENTIFIER:
				setIdentifier((String)newValue);
				return;
			case FaultlinePackage.UPDATE__VERSION:
				setVersion((String)newValue);
				return;
			case FaultlinePackage.UPDATE__RELEASED_AT:
				setReleasedAt((Instant)newValue);
				return;
			case FaultlinePackage.UPDATE__REVERTED_AT:
				setRevertedAt((Instant)newValue);
				return;
			case FaultlinePackage.UPDATE__ROLLOUT_SCOPE:
				setRolloutScope((String)newValue);
				return;
			case FaultlinePackage.UPDATE__CONSUMED_BY:
				getConsumedBy().clear();
				getConsumedBy().addAll((Collection<? extends Driver>)newValue);
				return;
			case FaultlinePackage.UPDATE__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends UpdateFile>)newValue);
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
			case FaultlinePackage.UPDATE__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case FaultlinePackage.UPDATE__PRODUCT:
				setProduct(PRODUCT_EDEFAULT);
				return;
			case FaultlinePackage.UPDATE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case FaultlinePackage.UPDATE__IDENTIFIER:
				setIdentifier(IDENTIFIER_EDEFAULT);
				return;
			case FaultlinePackage.UPDATE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case FaultlinePackage.UPDATE__RELEASED_AT:
				setReleasedAt(RELEASED_AT_EDEFAULT);
				return;
			case FaultlinePackage.UPDATE__REVERTED_AT:
				setRevertedAt(REVERTED_AT_EDEFAULT);
				return;
			case FaultlinePackage.UPDATE__ROLLOUT_SCOPE:
				setRolloutScope(ROLLOUT_SCOPE_EDEFAULT);
				return;
			case FaultlinePackage.UPDATE__CONSUMED_BY:
				getConsumedBy().clear();
				return;
			case FaultlinePackage.UPDATE__FILES:
				getFiles().clear();
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
			case FaultlinePackage.UPDATE__VENDOR:
				return VENDOR_EDEFAULT == null ? vendor != null : !VENDOR_EDEFAULT.equals(vendor);
			case FaultlinePackage.UPDATE__PRODUCT:
				return PRODUCT_EDEFAULT == null ? product != null : !PRODUCT_EDEFAULT.equals(product);
			case FaultlinePackage.UPDATE__KIND:
				return kind != KIND_EDEFAULT;
			case FaultlinePackage.UPDATE__IDENTIFIER:
				return IDENTIFIER_EDEFAULT == null ? identifier != null : !IDENTIFIER_EDEFAULT.equals(identifier);
			case FaultlinePackage.UPDATE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case FaultlinePackage.UPDATE__RELEASED_AT:
				return RELEASED_AT_EDEFAULT == null ? releasedAt != null : !RELEASED_AT_EDEFAULT.equals(releasedAt);
			case FaultlinePackage.UPDATE__REVERTED_AT:
				return REVERTED_AT_EDEFAULT == null ? revertedAt != null : !REVERTED_AT_EDEFAULT.equals(revertedAt);
			case FaultlinePackage.UPDATE__ROLLOUT_SCOPE:
				return ROLLOUT_SCOPE_EDEFAULT == null ? rolloutScope != null : !ROLLOUT_SCOPE_EDEFAULT.equals(rolloutScope);
			case FaultlinePackage.UPDATE__CONSUMED_BY:
				return consumedBy != null && !consumedBy.isEmpty();
			case FaultlinePackage.UPDATE__FILES:
				return files != null && !files.isEmpty();
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
		result.append(" (vendor: ");
		result.append(vendor);
		result.append(", product: ");
		result.append(product);
		result.append(", kind: ");
		result.append(kind);
		result.append(", identifier: ");
		result.append(identifier);
		result.append(", version: ");
		result.append(version);
		result.append(", releasedAt: ");
		result.append(releasedAt);
		result.append(", revertedAt: ");
		result.append(revertedAt);
		result.append(", rolloutScope: ");
		result.append(rolloutScope);
		result.append(')');
		return result.toString();
	}

} //UpdateImpl
